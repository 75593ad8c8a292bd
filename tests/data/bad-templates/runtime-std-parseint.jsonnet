function(ctx) {
  n: std.parseInt('12a'),
}
