function(ctx) {
  subject: 'Hi',
  text: 'x'
  html: '<p/>',
}
