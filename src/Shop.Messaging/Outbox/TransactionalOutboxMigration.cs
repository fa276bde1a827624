using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Shop.Messaging.Outbox;

/// <summary>The inbox/outbox tables for a worker's hand-written migration; matches <see cref="TransactionalOutbox.AddTransactionalOutbox"/>.</summary>
public static class TransactionalOutboxMigration
{
    public static void CreateTransactionalOutbox(this MigrationBuilder migrationBuilder, string schema)
    {
        migrationBuilder.CreateTable(
            name: "inbox_state",
            schema: schema,
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer_id = table.Column<Guid>(type: "uuid", nullable: false),
                received = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                receive_count = table.Column<int>(type: "integer", nullable: false),
                consumed = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                delivered = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                last_sequence_number = table.Column<long>(type: "bigint", nullable: true),
                version = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_inbox_state", x => new { x.message_id, x.consumer_id }));
        migrationBuilder.CreateIndex(name: "ix_inbox_state_undelivered", schema: schema, table: "inbox_state", column: "consumed",
            filter: "delivered IS NULL");
        migrationBuilder.CreateIndex(name: "ix_inbox_state_delivered", schema: schema, table: "inbox_state", column: "delivered");

        migrationBuilder.CreateTable(
            name: "outbox_message",
            schema: schema,
            columns: table => new
            {
                sequence_number = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                inbox_message_id = table.Column<Guid>(type: "uuid", nullable: false),
                inbox_consumer_id = table.Column<Guid>(type: "uuid", nullable: false),
                conversation_id = table.Column<Guid>(type: "uuid", nullable: true),
                correlation_id = table.Column<Guid>(type: "uuid", nullable: true),
                initiator_id = table.Column<Guid>(type: "uuid", nullable: true),
                request_id = table.Column<Guid>(type: "uuid", nullable: true),
                destination_address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                source_address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                response_address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                fault_address = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                content_type = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                message_type = table.Column<string>(type: "text", nullable: true),
                body = table.Column<string>(type: "text", nullable: false),
                headers = table.Column<string>(type: "text", nullable: true),
                properties = table.Column<string>(type: "text", nullable: true),
                sent_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                expiration_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                created = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_outbox_message", x => x.sequence_number);
                table.ForeignKey(
                    name: "fk_outbox_message_inbox_state",
                    columns: x => new { x.inbox_message_id, x.inbox_consumer_id },
                    principalSchema: schema,
                    principalTable: "inbox_state",
                    principalColumns: ["message_id", "consumer_id"],
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "ix_outbox_message_inbox", schema: schema, table: "outbox_message",
            columns: ["inbox_message_id", "inbox_consumer_id", "sequence_number"], unique: true);
    }
}
