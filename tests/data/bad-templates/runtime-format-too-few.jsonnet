function(ctx) {
  a: 1,
  subject: '%s and %s' % ['one'],
}
