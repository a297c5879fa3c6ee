# قائمة الحساب ← المصادقة الثنائية. عنوان الصفحة هو page-two-factor.

two-factor-lead = بعد كلمة المرور، يطلب Roster رمزًا من تطبيق على هاتفك، فلا تكفي كلمة مرور مسروقة وحدها لفتح حسابك.
# سطر حالة الصفحة بعد تفعيلها أو إيقافها.
two-factor-turned-on = المصادقة الثنائية مفعّلة.
two-factor-turned-off = المصادقة الثنائية غير مفعّلة.
# حين تفرض قواعد مساحات العمل عامل تحقق ثانيًا: { $workspace } اسم مساحة عمل واحدة، أو عدة أسماء
# تفصل بينها فواصل.
two-factor-required-set-up = المصادقة الثنائية إلزامية في { $workspace }. أعدّها للمتابعة.
two-factor-required-stays-on = المصادقة الثنائية إلزامية في { $workspace }، لذا تبقى مفعّلة.

# تطبيق المصادقة. «مفعّل» و«غير مفعّل» شارتان، يتبع كلًّا منهما معناها.
two-factor-app-heading = تطبيق المصادقة
two-factor-on = مفعّل
two-factor-app-on = يطلب تسجيل الدخول رمزًا من تطبيق المصادقة.
two-factor-off = غير مفعّل
two-factor-app-off = يطلب تسجيل الدخول كلمة المرور فقط.
two-factor-set-up-app = إعداد تطبيق المصادقة
# زر يفتح نموذجه، وزر ذلك النموذج.
two-factor-turn-off = إيقاف
# بعد كلمة المرور الحالية، وقبل رمز QR.
two-factor-continue = متابعة
# حقل رمز المصادقة الثنائية: عند إيقافها أو تفعيلها، وفي الخطوة الثانية من تسجيل الدخول.
two-factor-code = الرمز
two-factor-turn-off-code-hint = من تطبيق المصادقة، أو رمز استرداد.

# إعداد التطبيق: رمز QR ومفتاح الإعداد، ثم أول رمز منه.
two-factor-scan-heading = امسح هذا الرمز ضوئيًا بتطبيق المصادقة
two-factor-scan-apps = يصلح أي تطبيق ينشئ رموز تسجيل دخول من 6 أرقام، مثل 1Password أو Google Authenticator أو Microsoft Authenticator.
# اسم رمز QR لقارئات الشاشة.
two-factor-qr-code = صورة لمسحها ضوئيًا بتطبيق المصادقة
two-factor-setup-key = مفتاح الإعداد
two-factor-setup-key-hint = أو اكتب هذا المفتاح في التطبيق بدلًا من المسح الضوئي.
two-factor-turn-on-code-hint = الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق الآن بجانب Roster.
two-factor-turn-on = تفعيل
two-factor-turning-on = جارٍ التفعيل…

# رموز الاسترداد.
two-factor-recovery-codes-heading = رموز الاسترداد
two-factor-recovery-codes-why = لليوم الذي لا يكون معك فيه هاتفك ولا مفاتيح المرور.
# بعد الجملة السابقة: عدد الرموز المتبقية. يكتب المتصفح هذه النصوص والعدد مكتوب فيها مسبقًا:
# بلا صيغ جمع، لذا يجب ألا يتوقف شيء في صياغة النص الثاني على العدد.
two-factor-recovery-codes-left-one = بقي لديك رمز استرداد واحد.
# $count هو 0، أو 2 فأكثر.
two-factor-recovery-codes-left = عدد رموز الاسترداد المتبقية: { $count }.
# زر يفتح نموذجه، وزر ذلك النموذج.
two-factor-new-recovery-codes = إنشاء رموز استرداد جديدة
# الرموز الجديدة، تُعرض هذه المرة فقط.
two-factor-recovery-codes-shown-once = إذا فقدت هاتفك، يتيح لك كل رمز من هذه الرموز تسجيل الدخول مرة واحدة بدلًا من رمز التطبيق. احفظها في مكان آمن: فهي لا تُعرض إلا الآن.
# السطر الأول من الرموز التي تم تنزيلها أو نسخها، فوقها.
two-factor-recovery-codes-file-title = رموز استرداد Roster
two-factor-download = تنزيل
two-factor-copy = نسخ
two-factor-copied = تم النسخ
two-factor-copy-needs-https = يتطلب النسخ هنا اتصال HTTPS: حدّد الرموز وانسخها بنفسك.
two-factor-copy-refused = لم يسمح المتصفح بالنسخ: حدّد الرموز وانسخها بنفسك.
two-factor-done = تم، الانتقال إلى صفحة البداية

# مفاتيح المرور.
two-factor-passkeys-heading = مفاتيح المرور
two-factor-passkeys-intro = يتيح لك مفتاح المرور تسجيل الدخول ببصمة إصبعك أو وجهك أو قفل الشاشة أو مفتاح أمان: كخطوة ثانية بعد كلمة المرور، أو مباشرةً من صفحة تسجيل الدخول دون كلمة مرور.
# تحت اسم كل مفتاح مرور: { $date } هو الوقت الدقيق، أو «أبدًا» (moment-never).
two-factor-passkey-added-on = أُضيف: { $date }
two-factor-passkey-last-used = آخر استخدام: { $date }
two-factor-passkey-remove = إزالة
# اسم زر «إزالة» لقارئات الشاشة؛ { $name } هو اسم مفتاح المرور.
two-factor-passkey-remove-name = إزالة { $name }
two-factor-passkey-removed = تمت إزالة مفتاح المرور
two-factor-passkey-name = اسم مفتاح المرور
two-factor-passkey-name-hint = لتميّز مفاتيح المرور بعضها من بعض، مثل: حاسوب العمل المحمول.
two-factor-passkey-password = كلمة مرورك
two-factor-passkey-password-hint = يتيح مفتاح المرور تسجيل الدخول دون كلمة المرور، لذا تُطلب كلمة المرور عند إضافته.
two-factor-add-passkey = إضافة مفتاح مرور
two-factor-passkey-added = تمت إضافة مفتاح المرور
two-factor-passkeys-unavailable = تتطلب مفاتيح المرور أن يعمل Roster على اسم نطاق؛ تواصل مع المسؤول.

# الخطوة الثانية من تسجيل الدخول، بعد كلمة المرور (/login/two-factor). عنوانها page-two-factor،
# وحقل الرمز فيها two-factor-code.
two-factor-sign-in-lead = اكتب الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة بجانب Roster، أو استخدم مفتاح مرور.
two-factor-sign-in-recovery-lead = اكتب أحد رموز الاسترداد التي حفظتها عند تفعيل المصادقة الثنائية. يصلح كل رمز لمرة واحدة فقط.
two-factor-sign-in-recovery-code = رمز الاسترداد
two-factor-sign-in-verify = التحقق
two-factor-sign-in-verifying = جارٍ التحقق…
two-factor-sign-in-use-passkey = استخدام مفتاح مرور
# الروابط بين طريقتَي الخطوة الثانية.
two-factor-sign-in-use-recovery-code = استخدام رمز استرداد
two-factor-sign-in-use-app = استخدام تطبيق المصادقة
