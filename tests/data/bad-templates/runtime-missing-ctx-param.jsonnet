function(context) {
  subject: 'Hi',
}
