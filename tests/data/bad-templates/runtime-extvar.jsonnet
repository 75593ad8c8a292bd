function(ctx) {
  key: std.extVar('MANDRILL_KEY'),
}
