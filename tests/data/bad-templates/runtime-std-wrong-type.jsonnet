function(ctx) {
  a: 1,
  n: std.length(42),
}
