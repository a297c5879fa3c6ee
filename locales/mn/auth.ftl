# Нэвтрэх.

login-title = Нэвтрэх
login-heading = Нэвтрэх
login-email = Имэйл
login-password = Нууц үг
login-submit = Нэвтрэх
login-submitting = Нэвтэрч байна…
login-passkey = Нэвтрэх түлхүүрээр нэвтрэх
login-passkey-waiting = Нэвтрэх түлхүүрийг хүлээж байна…
login-forgot-password = Нууц үгээ мартсан уу?
login-after-setup = Таны ажлын орчин бэлэн боллоо. Дөнгөж сая сонгосон имэйл хаяг, нууц үгээрээ нэвтэрнэ үү.
login-after-reset = Таны нууц үг солигдлоо. Шинэ нууц үгээрээ нэвтэрнэ үү.
login-after-logout = Та системээс гарлаа.

forgot-title = Нууц үг мартсан
forgot-heading = Нууц үгээ шинэчлэх
forgot-intro = Нэвтрэхдээ ашигладаг имэйл хаягаа оруулна уу. Бид танд шинэ нууц үг сонгох холбоос илгээнэ.
forgot-sent = Хэрэв энэ имэйл хаягаар бүртгэл байгаа бол шинэ нууц үг сонгох холбоос илгээгдлээ. Холбоос нэг цагийн турш хүчинтэй.
forgot-submit = Шинэчлэх холбоос илгээх
forgot-submitting = Илгээж байна…
back-to-login = Нэвтрэх хуудас руу буцах

reset-title = Шинэ нууц үг сонгох
reset-heading = Шинэ нууц үг сонгох
reset-link-invalid = Нууц үг шинэчлэх энэ холбоос хүчингүй болсон байна. Шинэ холбоос авна уу.
reset-send-new-link = Шинэ холбоос илгээх
reset-intro = Үүний дараа та бүх төхөөрөмж дээрээ системээс гарах тул шинэ нууц үгээрээ дахин нэвтэрнэ үү.
reset-new-password = Шинэ нууц үг
reset-confirm-password = Нууц үгээ давтах
reset-submit = Шинэ нууц үг тохируулах
reset-submitting = Хадгалж байна…
password-rule-hint = Дор хаяж 12 тэмдэгт. Богино өгүүлбэрийг санахад амархан, таахад хэцүү.
