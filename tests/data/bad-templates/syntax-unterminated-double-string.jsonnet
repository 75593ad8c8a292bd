function(ctx) {
  a: 1,
  b: "abc,
}
