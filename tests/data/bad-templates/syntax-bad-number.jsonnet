function(ctx) {
  a: 1.e5,
}
