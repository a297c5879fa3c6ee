# نصوص تشترك فيها صفحات كثيرة.

loading = جارٍ التحميل…
roster = Roster
# عنوان علامة تبويب المتصفح: الصفحة أولًا، لأن صف علامات التبويب لا يُظهر إلا بدايتها.
title-in-workspace = { $page } · { $workspace } · Roster
title-signed-out = { $page } · Roster

count-users = { $count ->
    [zero] { $count } مستخدم
    [one] { $count } مستخدم
    [two] { $count } مستخدمان
    [few] { $count } مستخدمين
    [many] { $count } مستخدمًا
   *[other] { $count } مستخدم
}

language-label = اللغة
language-save = حفظ
