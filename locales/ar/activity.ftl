# سجل مساحة العمل: كل إدخال هو اسم من قام بالإجراء متبوعًا بأحد هذه النصوص.
# الأفعال بصيغة «أنشأ(ت)» لتناسب اسم أي شخص، رجلًا كان أو امرأة.

activity-command-line = سطر أوامر الخادم
# يحلّ محل شخص أو عنوان لم يعد السجل يعرفه، ويأتي بعد «المستخدم» أو «دعوة» أو «إلى».
activity-someone = غير المعروف
activity-workspace-created = أنشأ(ت) مساحة العمل
activity-member-added = أضاف(ت) المستخدم { $name } بدور «{ $role }»
activity-invited = أرسل(ت) دعوة إلى { $email } بدور «{ $role }»
activity-invitation-resent = أعاد(ت) إرسال الدعوة إلى { $email }
activity-invitation-cancelled-sender-lost-admin = قام(ت) بإلغاء دعوة { $email }، لأن المستخدم { $name } الذي أرسلها لم يعد مسؤولًا
activity-invitation-cancelled = قام(ت) بإلغاء دعوة { $email }
activity-joined = انضم(ت) إلى مساحة العمل بدور «{ $role }»
activity-role-changed = غيّر(ت) دور المستخدم { $name } من «{ $old }» إلى «{ $new }»
activity-role-changed-unknown = غيّر(ت) دور المستخدم { $name }
activity-removed = أزال(ت) المستخدم { $name } من مساحة العمل
activity-sessions-ended = سجّل(ت) خروج المستخدم { $name } من كل الأجهزة
activity-settings-changed = غيّر(ت) إعدادات مساحة العمل
activity-two-factor-enabled = فعّل(ت) المصادقة الثنائية
activity-two-factor-disabled = أوقف(ت) المصادقة الثنائية
activity-recovery-codes-replaced = أنشأ(ت) رموز استرداد جديدة
activity-two-factor-reset = أعاد(ت) تعيين المصادقة الثنائية للمستخدم { $name }
activity-passkey-added = أضاف(ت) مفتاح مرور
activity-passkey-removed = أزال(ت) مفتاح مرور
activity-api-token-created = أنشأ(ت) رمز الوصول إلى API «{ $token }»
activity-api-token-created-for = أنشأ(ت) رمز الوصول إلى API «{ $token }» للمستخدم { $name }
activity-api-token-revoked = أبطل(ت) رمز الوصول إلى API «{ $token }»
activity-api-token-revoked-of = أبطل(ت) رمز الوصول إلى API «{ $token }» الخاص بالمستخدم { $name }
# تغيير أجراه برنامج نصي: التغيير، ثم أي رمز من رموز الوصول إلى API الخاصة بالشخص استخدمه.
activity-via-api-token = { $what } (عبر رمز الوصول إلى API «{ $token }»)
