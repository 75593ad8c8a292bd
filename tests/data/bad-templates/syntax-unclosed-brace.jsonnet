function(ctx) {
  a: 1,
