"""Qt Linguist translation sources (.ts), read at start-up by oppdesk.views.i18n."""
