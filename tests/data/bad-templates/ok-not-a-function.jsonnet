{
  message: { subject: 'static' },
}
