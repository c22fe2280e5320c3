insert into sys_user values(1, 'admin', 'Admin', 'admin@acme.test');
-- ok: secrets.generic-credential
update sys_user set password = '29c67a30398638269fe600f73a054934' where user_id = 1;
-- ok: secrets.generic-credential
update sys_user set password = '$2a$10$7JB720yubVSZvUI0rEqK/.VqGOZTH.ulu33dHOiBE8ByOhJIrdAu2' where user_id = 2;
