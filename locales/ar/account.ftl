# لغة الشخص نفسه، في قائمة الحساب ← اللغة وفي الصفحات قبل تسجيل الدخول.

language-heading = اللغة
language-intro = يعرض لك Roster صفحاته ويرسل إليك رسائل البريد الإلكتروني بهذه اللغة.
# اختيار من لم يختر لغة بعد: لغة متصفحه، وإلا فلغة مساحة العمل.
language-automatic = تلقائي ({ $language })
language-automatic-hint = إلى أن تختار لغة، يتبع Roster لغة متصفحك، ويستخدم لغة مساحة العمل إذا لم تكن لغة متصفحك من لغات Roster.
language-saved = تم حفظ لغتك.
language-unknown = اختر لغة من القائمة.
language-saving = جارٍ الحفظ…
