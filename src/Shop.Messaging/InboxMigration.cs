using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Messaging;

/// <summary>The inbox table for a worker's hand-written initial migration; matches <see cref="Inbox.AddInbox"/>.</summary>
public static class InboxMigration
{
    public static void CreateInbox(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.CreateTable(
            name: "inbox",
            schema: schema,
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_inbox", x => new { x.message_id, x.consumer }));
        migrationBuilder.CreateIndex(name: "ix_inbox_processed_at", schema: schema, table: "inbox", column: "processed_at");
    }
}
