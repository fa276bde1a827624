using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Catalog.Data.Migrations;

[DbContext(typeof(CatalogDbContext))]
[Migration("20261215000000_StockReservations")]
public sealed class StockReservations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "stock_reservations",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                reserved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_stock_reservations", x => x.order_id));

        migrationBuilder.CreateTable(
            name: "stock_reservation_lines",
            schema: CatalogDbContext.Schema,
            columns: table => new
            {
                order_id = table.Column<Guid>(type: "uuid", nullable: false),
                product_id = table.Column<Guid>(type: "uuid", nullable: false),
                quantity = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_stock_reservation_lines", x => new { x.order_id, x.product_id });
                table.ForeignKey(
                    name: "fk_stock_reservation_lines_stock_reservations_order_id",
                    column: x => x.order_id,
                    principalSchema: CatalogDbContext.Schema,
                    principalTable: "stock_reservations",
                    principalColumn: "order_id",
                    onDelete: ReferentialAction.Cascade);
                table.CheckConstraint("ck_stock_reservation_lines_quantity", "quantity > 0");
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "stock_reservation_lines", schema: CatalogDbContext.Schema);
        migrationBuilder.DropTable(name: "stock_reservations", schema: CatalogDbContext.Schema);
    }
}
