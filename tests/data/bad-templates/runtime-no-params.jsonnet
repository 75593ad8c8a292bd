function() {
  subject: 'Hi',
}
