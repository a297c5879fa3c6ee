# Kile ambacho kila jukumu linaweza na haliwezi kufanya, kwa maneno ya ukurasa wa msaada unaojulikana.

role-admin-can-editor = Kila kitu ambacho Mhariri anaweza kufanya
role-admin-can-users = Kusimamia watumiaji na majukumu (kualika, kusasisha, kuondoa)
role-admin-can-settings = Kubadilisha mipangilio ya eneo la kazi, kama lugha na saa za eneo
role-admin-can-integrations = Kusanidi mipangilio ya akaunti na miunganisho
role-editor-can-flows = Kuunda na kuhariri mitiririko, kampeni na vichochezi
role-editor-can-start = Kuanzisha mitiririko na kutuma ujumbe
role-editor-can-contacts = Kusimamia waasiliani (kusasisha taarifa, uanachama wa vikundi, n.k.)
role-editor-can-export = Kuhamisha mitiririko, waasiliani na jumbe
role-editor-can-reuse = Kuleta na kuhamisha mitiririko ili kuitumia tena
role-agent-can-tickets = Kuona na kujibu tiketi au soga za moja kwa moja
role-editor-cannot-settings = Kubadilisha mipangilio mikuu ya eneo la kazi (kama saa za eneo, lugha au malipo)
role-editor-cannot-users = Kusimamia majukumu au mialiko ya watumiaji wengine
role-agent-cannot-flows = Kuhariri mitiririko, kampeni au vichochezi
role-agent-cannot-broadcasts = Kutuma matangazo au kusimamia waasiliani
role-agent-cannot-settings = Kubadilisha mipangilio ya eneo la kazi, watumiaji au majukumu
