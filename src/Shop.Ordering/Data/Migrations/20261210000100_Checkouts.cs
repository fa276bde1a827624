using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Ordering.Data.Migrations;

[DbContext(typeof(OrderingDbContext))]
[Migration("20261210000100_Checkouts")]
public sealed class Checkouts : Migration
{
    const string Schema = OrderingDbContext.Schema;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "checkouts",
            schema: Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                checkout_id = table.Column<Guid>(type: "uuid", nullable: false),
                chat_id = table.Column<long>(type: "bigint", nullable: false),
                message_id = table.Column<int>(type: "integer", nullable: true),
                language = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                customer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                customer_username = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                lines = table.Column<string>(type: "jsonb", nullable: false),
                step = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                awaiting_text_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                reply_keyboard_shown = table.Column<bool>(type: "boolean", nullable: false),
                name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                comment = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                order_number = table.Column<int>(type: "integer", nullable: true),
                submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_checkouts", x => x.user_id));
        migrationBuilder.CreateIndex(name: "ux_checkouts_checkout_id", schema: Schema, table: "checkouts", column: "checkout_id", unique: true);
        migrationBuilder.CreateTable(
            name: "customer_contacts",
            schema: Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                phone = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                delivery = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_customer_contacts", x => x.user_id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "customer_contacts", schema: Schema);
        migrationBuilder.DropTable(name: "checkouts", schema: Schema);
    }
}
