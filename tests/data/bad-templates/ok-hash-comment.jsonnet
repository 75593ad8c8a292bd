# a shell-style comment
function(ctx) { a: 1 }
