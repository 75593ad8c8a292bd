function(ctx) {
  a: 1,
}
/* unfinished comment
