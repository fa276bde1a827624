using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Messaging;

namespace Shop.Cart.Data.Migrations;

[DbContext(typeof(CartDbContext))]
[Migration("20261201000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(CartDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "products",
            schema: CartDbContext.Schema,
            columns: table => new
            {
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                title = table.Column<string>(type: "text", nullable: false),
                price_minor = table.Column<long>(type: "bigint", nullable: false),
                currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                photo_file_id = table.Column<string>(type: "text", nullable: true),
                stock = table.Column<int>(type: "integer", nullable: false),
                active = table.Column<bool>(type: "boolean", nullable: false),
                version = table.Column<long>(type: "bigint", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_products", x => x.product_id));
        migrationBuilder.CreateTable(
            name: "carts",
            schema: CartDbContext.Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_carts", x => x.user_id));
        migrationBuilder.CreateTable(
            name: "cart_lines",
            schema: CartDbContext.Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                quantity = table.Column<int>(type: "integer", nullable: false),
                added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_cart_lines", x => new { x.user_id, x.product_id });
                table.ForeignKey(
                    name: "fk_cart_lines_carts_user_id",
                    column: x => x.user_id,
                    principalSchema: CartDbContext.Schema,
                    principalTable: "carts",
                    principalColumn: "user_id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateInbox(CartDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "inbox", schema: CartDbContext.Schema);
        migrationBuilder.DropTable(name: "cart_lines", schema: CartDbContext.Schema);
        migrationBuilder.DropTable(name: "carts", schema: CartDbContext.Schema);
        migrationBuilder.DropTable(name: "products", schema: CartDbContext.Schema);
    }
}
