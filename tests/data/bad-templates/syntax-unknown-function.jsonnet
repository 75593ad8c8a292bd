function(ctx) {
  subject: upper('x'),
}
