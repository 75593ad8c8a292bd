function(ctx) {
  message: {
    html: "<a href="https://example.org">Go</a>",
  },
}
