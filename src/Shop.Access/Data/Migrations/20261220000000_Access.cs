using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Access.Requests;
using Shop.Messaging.Outbox;

namespace Shop.Access.Data.Migrations;

[DbContext(typeof(AccessDbContext))]
[Migration("20261220000000_Access")]
public sealed class Access : Migration
{
    const string Schema = AccessDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(Schema);
        migrationBuilder.CreateTable(
            name: "users",
            schema: Schema,
            columns: table => new
            {
                access_id = table.Column<Guid>(type: "uuid", nullable: false),
                state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                user_id = table.Column<long>(type: "bigint", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                request_number = table.Column<int>(type: "integer", nullable: false),
                message = table.Column<string>(type: $"character varying({AccessRules.MaxMessageLength})", maxLength: AccessRules.MaxMessageLength, nullable: true),
                requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                reviewed_by = table.Column<long>(type: "bigint", nullable: true),
                reviewed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                reason = table.Column<string>(type: $"character varying({AccessRules.MaxReasonLength})", maxLength: AccessRules.MaxReasonLength, nullable: true),
                last_rejected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                appeal_count = table.Column<int>(type: "integer", nullable: false),
                alert_chats = table.Column<List<long>>(type: "bigint[]", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                expiry_token_id = table.Column<Guid>(type: "uuid", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_users", x => x.access_id));
        migrationBuilder.CreateIndex(name: "ux_users_user_id", schema: Schema, table: "users", column: "user_id", unique: true);
        migrationBuilder.CreateIndex(name: "ix_users_state", schema: Schema, table: "users", columns: ["state", "requested_at"]);
        migrationBuilder.CreateTable(
            name: "access_audit",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                access_id = table.Column<Guid>(type: "uuid", nullable: false),
                user_id = table.Column<long>(type: "bigint", nullable: false),
                from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                by_user_id = table.Column<long>(type: "bigint", nullable: true),
                by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                reason = table.Column<string>(type: $"character varying({AccessRules.MaxReasonLength})", maxLength: AccessRules.MaxReasonLength, nullable: true),
                at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_access_audit", x => x.id);
                table.ForeignKey("fk_access_audit_users", x => x.access_id, principalSchema: Schema, principalTable: "users",
                    principalColumn: "access_id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "ix_access_audit_access", schema: Schema, table: "access_audit", columns: ["access_id", "at"]);
        migrationBuilder.CreateIndex(name: "ix_access_audit_user", schema: Schema, table: "access_audit", columns: ["user_id", "at"]);
        migrationBuilder.CreateTable(
            name: "settings",
            schema: Schema,
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false),
                mode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                changed_by = table.Column<long>(type: "bigint", nullable: false),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_settings", x => x.id));
        migrationBuilder.CreateTable(
            name: "staff_prompts",
            schema: Schema,
            columns: table => new
            {
                staff_id = table.Column<long>(type: "bigint", nullable: false),
                user_id = table.Column<long>(type: "bigint", nullable: false),
                request_number = table.Column<int>(type: "integer", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                asked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_staff_prompts", x => x.staff_id));
        migrationBuilder.CreateTransactionalOutbox(Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "outbox_message", schema: Schema);
        migrationBuilder.DropTable(name: "inbox_state", schema: Schema);
        migrationBuilder.DropTable(name: "staff_prompts", schema: Schema);
        migrationBuilder.DropTable(name: "settings", schema: Schema);
        migrationBuilder.DropTable(name: "access_audit", schema: Schema);
        migrationBuilder.DropTable(name: "users", schema: Schema);
    }
}
