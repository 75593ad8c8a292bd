function(ctx) {
  a: 1,
  b: 2,
  text: 'x€y',
}
