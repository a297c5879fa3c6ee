# Ажлын орчны түүх: бичлэг бүр үйлдэл хийсэн хүний нэр, араас нь эдгээрийн аль нэг бичвэр байна.

activity-command-line = Серверийн командын мөр
# Түүх нь таних боломжгүй болсон хүн эсвэл хаягийн оронд харагдана. Араас нь "хэрэглэгч", "хаяг" гэх үг ордог.
activity-someone = тодорхойгүй
activity-workspace-created = ажлын орчныг үүсгэсэн
activity-member-added = { $name } хэрэглэгчийг { $role } эрхтэйгээр нэмсэн
activity-invited = { $email } хаягт { $role } эрхтэйгээр нэгдэх урилга илгээсэн
activity-invitation-resent = { $email } хаягт урилгыг дахин илгээсэн
activity-invitation-cancelled-sender-lost-admin = { $name } хэрэглэгчийн { $email } хаягт илгээсэн урилгыг цуцалсан, учир нь тэр админ байхаа больсон
activity-invitation-cancelled = { $email } хаягт илгээсэн урилгыг цуцалсан
activity-joined = ажлын орчинд { $role } эрхтэйгээр нэгдсэн
activity-role-changed = { $name } хэрэглэгчийн эрхийг { $old } эрхээс { $new } болгож сольсон
activity-role-changed-unknown = { $name } хэрэглэгчийн эрхийг сольсон
activity-removed = { $name } хэрэглэгчийг ажлын орчноос хассан
activity-sessions-ended = { $name } хэрэглэгчийг бүх төхөөрөмжөөс гаргасан
activity-settings-changed = ажлын орчны тохиргоог өөрчилсөн
activity-two-factor-enabled = хоёр шатлалт баталгаажуулалтыг идэвхжүүлсэн
activity-two-factor-disabled = хоёр шатлалт баталгаажуулалтыг идэвхгүй болгосон
activity-recovery-codes-replaced = шинэ сэргээх код үүсгэсэн
activity-two-factor-reset = { $name } хэрэглэгчийн хоёр шатлалт баталгаажуулалтыг цуцалсан
activity-passkey-added = нэвтрэх түлхүүр нэмсэн
activity-passkey-removed = нэвтрэх түлхүүр хассан
activity-api-token-created = «{ $token }» API токен үүсгэсэн
activity-api-token-created-for = { $name } хэрэглэгчид «{ $token }» API токен үүсгэсэн
activity-api-token-revoked = «{ $token }» API токеныг хүчингүй болгосон
activity-api-token-revoked-of = { $name } хэрэглэгчийн «{ $token }» API токеныг хүчингүй болгосон
# Скриптийн хийсэн өөрчлөлт: өөрчлөлт, дараа нь тухайн хүний аль API токеныг ашигласан нь.
activity-via-api-token = { $what } («{ $token }» API токеноор)
