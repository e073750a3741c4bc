"""The tabs of the opportunity record window, one module each."""
