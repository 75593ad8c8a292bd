function(ctx) {
  subject: 'a',
  text: 'b',
  subject: 'c',
}
