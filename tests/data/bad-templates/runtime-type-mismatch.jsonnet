function(ctx) {
  a: 'x' - 1,
}
