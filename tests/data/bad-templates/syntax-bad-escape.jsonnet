function(ctx) {
  a: 1,
  text: "C:\qpath",
}
