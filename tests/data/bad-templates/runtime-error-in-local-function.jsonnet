function(ctx)
  local greet(person) =
    if person == null then error 'no person'
    else 'Hi ' + person;
  {
    subject: greet(null),
  }
