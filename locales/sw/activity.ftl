# Historia ya eneo la kazi: kila ingizo ni jina la aliyetenda, likifuatwa na mojawapo ya haya.

activity-command-line = Mwendeshaji wa seva (mstari wa amri)
# Hutumika badala ya mtu au anwani ambayo historia haiijui tena.
activity-someone = mtu fulani
activity-workspace-created = aliunda eneo la kazi
activity-member-added = alimwongeza { $name } kwa jukumu la { $role }
activity-invited = alimwalika { $email } kwa jukumu la { $role }
activity-invitation-resent = alituma tena mwaliko kwa { $email }
activity-invitation-cancelled-sender-lost-admin = alighairi mwaliko wa { $email }, kwa kuwa { $name }, aliyeutuma, si msimamizi tena
activity-invitation-cancelled = alighairi mwaliko wa { $email }
activity-joined = alijiunga kwa jukumu la { $role }
activity-role-changed = alibadilisha jukumu la { $name } kutoka { $old } kuwa { $new }
activity-role-changed-unknown = alibadilisha jukumu la { $name }
activity-removed = alimwondoa { $name } kwenye eneo la kazi
activity-sessions-ended = alimtoa { $name } kila mahali
activity-settings-changed = alibadilisha mipangilio ya eneo la kazi
activity-two-factor-enabled = aliwasha uthibitishaji wa hatua mbili
activity-two-factor-disabled = alizima uthibitishaji wa hatua mbili
activity-recovery-codes-replaced = alitengeneza misimbo mipya ya kurejesha
activity-two-factor-reset = aliweka upya uthibitishaji wa hatua mbili wa { $name }
activity-passkey-added = aliongeza ufunguo wa siri
activity-passkey-removed = aliondoa ufunguo wa siri
activity-api-token-created = aliunda tokeni ya API “{ $token }”
activity-api-token-created-for = aliunda tokeni ya API “{ $token }” kwa ajili ya { $name }
activity-api-token-revoked = alibatilisha tokeni ya API “{ $token }”
activity-api-token-revoked-of = alibatilisha tokeni ya API “{ $token }” ya { $name }
# Badiliko lililofanywa na skripti: badiliko lenyewe, kisha ni tokeni ipi ya API ya mtu huyo iliyotumika.
activity-via-api-token = { $what } (kupitia tokeni ya API “{ $token }”)
