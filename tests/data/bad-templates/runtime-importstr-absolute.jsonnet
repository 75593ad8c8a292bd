function(ctx) {
  secret: importstr '/etc/passwd',
}
