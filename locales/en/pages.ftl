# Pages outside the app's frame, and the skip link every page starts with.

skip-to-content = Skip to content
# A tab title on its own, without the " · Roster" every other title ends with.
title-setup = Set up Roster
page-two-factor-sign-in = Two-factor sign-in
page-join = Join a workspace
page-not-found = Page not found
not-found-intro = There is nothing at this address.
