# Lo que cada rol puede y no puede hacer, con las palabras de la página de ayuda que la gente conoce.

role-admin-can-editor = Todo lo que puede hacer un Editor
role-admin-can-users = Gestionar usuarios y roles (invitar, actualizar, eliminar)
role-admin-can-settings = Cambiar la configuración del espacio de trabajo, como el idioma y la zona horaria
role-admin-can-integrations = Gestionar la configuración y las integraciones de la cuenta
role-editor-can-flows = Crear y editar flujos, campañas y activadores
role-editor-can-start = Iniciar flujos y enviar mensajes
role-editor-can-contacts = Gestionar contactos (actualizar sus datos, los grupos a los que pertenecen, etc.)
role-editor-can-export = Exportar flujos, contactos y mensajes
role-editor-can-reuse = Importar y exportar flujos para reutilizarlos
role-agent-can-tickets = Ver y responder tickets o chats en directo
role-editor-cannot-settings = Cambiar la configuración básica del espacio de trabajo (como la zona horaria, el idioma o la facturación)
role-editor-cannot-users = Gestionar los roles o las invitaciones de otros usuarios
role-agent-cannot-flows = Editar flujos, campañas o activadores
role-agent-cannot-broadcasts = Enviar difusiones o gestionar contactos
role-agent-cannot-settings = Cambiar la configuración del espacio de trabajo, los usuarios o los roles
