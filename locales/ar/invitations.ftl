# علامة تبويب الدعوات: الإعدادات ← المستخدمون والدعوات ← الدعوات.

invitations-pending-heading = الدعوات المعلّقة
# زر يفتح نموذج الدعوة، وعنوان هذا النموذج.
invitations-invite-user = دعوة مستخدم
invitations-loading = جارٍ تحميل الدعوات…
invitations-none-pending = لا توجد دعوات معلّقة

# عناوين أعمدة الجدول؛ وحين تتراص الصفوف على الهاتف، تسمية كل خلية أيضًا.
invitations-column-email = البريد الإلكتروني
invitations-column-role = الدور
invitations-column-status = الحالة
invitations-column-sent = تاريخ الإرسال
# لا تقرؤه إلا قارئات الشاشة: عمود أزرار كل صف.
invitations-column-actions = الإجراءات

# حالة الدعوة، في شارة.
invitations-status-pending = معلّقة
invitations-status-expired = منتهية الصلاحية
# بجانب الشارة: هل خرجت رسالة البريد الإلكتروني التي تحمل الرابط.
invitations-delivery-queued = الرسالة في قائمة الانتظار
invitations-delivery-sent = تم إرسال الرسالة
invitations-delivery-failed = تعذّر إرسال الرسالة
# تحت يوم الإرسال: { $date } هي اللحظة الدقيقة التي يتوقف فيها الرابط، أو توقف، عن العمل.
invitations-expires = تنتهي صلاحيتها في { $date }
invitations-expired = انتهت صلاحيتها في { $date }

invitations-resend = إعادة الإرسال
# اسم زر سلة المهملات لقارئات الشاشة.
invitations-cancel-for = إلغاء دعوة { $email }
invitations-resent = تمت إعادة إرسال الدعوة برابط جديد
invitations-cancelled = تم إلغاء الدعوة، ولم يعد رابطها يعمل

# السؤال قبل إلغاء دعوة؛ { $name } هو البريد الإلكتروني المدعو.
invitations-cancel-title = هل تريد إلغاء دعوة { $name }؟
invitations-cancel-message = سيتوقف الرابط الموجود في الرسالة عن العمل فورًا. يمكنك دعوة هذا الشخص مجددًا لاحقًا.
invitations-cancel-confirm = إلغاء الدعوة
invitations-cancel-keep = الإبقاء على الدعوة

# نموذج الدعوة.
invitations-field-emails = البريد الإلكتروني
# { $count } هو أكبر عدد من العناوين يقبله نموذج دعوة واحد (100).
invitations-field-emails-hint = أكثر من شخص؟ افصل بين عناوينهم بفواصل أو بأسطر جديدة، بحد أقصى { $count }.
invitations-field-role = الدور
# ما يمكن للدور فعله وما لا يمكنه: صلاحياته أو قيوده، مفصولة بفواصل منقوطة.
invitations-role-can = يمكنه: { $abilities }
invitations-role-cannot = لا يمكنه: { $limits }
# على الهاتف، يظهر وصف الدور في سطر واحد حتى الضغط على «عرض المزيد».
invitations-role-more = عرض المزيد
invitations-role-less = عرض أقل
# تقرؤه قارئات الشاشة وحدها بعد «عرض المزيد» أو «عرض أقل»: وصفَ أي دور يفتح الزر.
invitations-role-about = عن دور «{ $role }»
invitations-field-language = لغة الدعوة
invitations-field-language-hint = لغة مساحة العمل هي { $language }. اختر لغة أخرى للأشخاص الذين تدعوهم الآن.
# قائمة بما حدث لكل عنوان، عند دعوة عدة عناوين معًا.
invitations-results = النتيجة لكل عنوان
invitations-result-sent = { $email }: تم إرسال الدعوة
# { $problem } يذكر السبب في عبارة قصيرة.
invitations-result-not-sent = { $email }: لم تُرسل، { $problem }
invitations-close = إغلاق
invitations-send = إرسال الدعوة
invitations-sending = جارٍ الإرسال…

# ما تقوله الصفحة بعد خروج الدعوات. يملأ المتصفح الأرقام، لذا
# لا صيغ جمع هنا: يجب أن تصح كل جملة مع أي رقم.
invitations-sent-to = تم إرسال الدعوة إلى { $email }
invitations-sent-count = الدعوات المرسلة: { $sent } من { $total }
# { $failed } يسرد العناوين التي لم تُرسل إليها، مفصولة بفواصل.
invitations-sent-some = الدعوات المرسلة: { $sent } من { $total }. لم تُرسل إلى: { $failed }

# الصفحة التي يفتحها رابط الدعوة، حتى للزوار الذين لم يسجّلوا الدخول.

invitations-accept-loading = جارٍ تحميل الدعوة…
invitations-accept-heading-invalid = الانضمام إلى مساحة عمل
invitations-accept-go-to-login = الانتقال إلى تسجيل الدخول
invitations-accept-heading = الانضمام إلى { $workspace }
# { $role } هو اسم الدور (مسؤول أو محرر أو وكيل)؛ و{ $expires } اللحظة الدقيقة.
invitations-accept-intro = هذه دعوة من { $inviter } إلى { $email } للانضمام إلى مساحة العمل { $workspace } بدور «{ $role }». تنتهي صلاحية الدعوة في { $expires }.
# { $role } هو اسم الدور (مسؤول أو محرر أو وكيل).
invitations-role-abilities = ما يتيحه دور «{ $role }»
invitations-accept-signed-in-as-other = سجّلت الدخول بحساب { $other }، لكن هذه الدعوة موجّهة إلى { $invited }.
invitations-accept-log-out = تسجيل الخروج والمتابعة
invitations-accept-signed-in = سجّلت الدخول بحساب { $email }.
invitations-accept-has-account = لديك بالفعل حساب بالبريد الإلكتروني { $email }: أدخل كلمة مروره للانضمام.
invitations-accept-name = الاسم
# رمز المصادقة الثنائية، يُطلب حين تكون المصادقة الثنائية مفعّلة للحساب.
invitations-accept-code = الرمز
invitations-accept-code-hint = من تطبيق المصادقة، أو رمز استرداد.
invitations-accept-join = الانضمام إلى مساحة العمل
invitations-accept-joining = جارٍ الانضمام…

# قائمة الحساب ← إشعارات البريد الإلكتروني: الرسالة التي تصل إلى المسؤول حين ينضم أحدهم.

notifications-join-emails = أرسل إليّ رسالة بريد إلكتروني عندما ينضم أحد إلى مساحة العمل هذه
notifications-join-emails-on = ستصلك رسالة بريد إلكتروني عندما ينضم أحد
notifications-join-emails-off = لن تصلك بعد الآن رسالة عندما ينضم أحد
notifications-save = حفظ
