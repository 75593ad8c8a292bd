function(ctx) {
  a: std.length('x')),
}
