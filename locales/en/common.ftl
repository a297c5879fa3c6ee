# Texts shared by many pages.

loading = Loading…
roster = Roster
# A browser tab's title: the page first, as a row of tabs shows only the start.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [one] { $count } user
   *[other] { $count } users
}

language-label = Language
language-save = Save

# When something happened, as lists show it; the exact moment sits beside it.
moment-just-now = just now
moment-yesterday = yesterday
moment-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
moment-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
moment-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
moment-months-ago = { $count ->
    [one] { $count } month ago
   *[other] { $count } months ago
}
moment-years-ago = { $count ->
    [one] { $count } year ago
   *[other] { $count } years ago
}
moment-in-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
moment-in-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
moment-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
moment-in-months = { $count ->
    [one] in { $count } month
   *[other] in { $count } months
}
moment-in-years = { $count ->
    [one] in { $count } year
   *[other] in { $count } years
}
# The exact moment, as strftime writes it: %-d day, %b short month name (%B long), %Y year,
# %H:%M hours and minutes, %Z the timezone's abbreviation. Month names come in the language.
moment-exact-format = %-d %b %Y, %H:%M %Z
moment-never = Never

# Error messages. The ones without placeholders are also shown by the browser itself.
error-validation = Please correct the highlighted fields
error-unauthenticated = Please sign in to continue
error-invalid-credentials = The email or password is not right
error-not-found = Not found
error-rate-limited = { $minutes ->
    [one] Too many attempts, try again in { $minutes } minute
   *[other] Too many attempts, try again in { $minutes } minutes
}
# Followed by a colon and the technical detail, which stays as the server wrote it.
error-bad-request = The request could not be understood
error-busy = Roster is busy, try again in a few seconds
error-internal = Something went wrong
error-network = Could not reach the server, check your connection and try again

# What separates thousands in a count: 100,000. French writes a narrow no-break space, Russian
# and Czech a no-break space (never a plain space, which the catalogue would trim).
number-group-separator = ,
