function(ctx) {
  subject: std.trim('  Hi  '),
  n: std.sum([1, 2]),
}
