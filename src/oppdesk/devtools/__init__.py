"""Developer and CI tools that drive the whole app: screenshots, benchmarks, self-test."""
