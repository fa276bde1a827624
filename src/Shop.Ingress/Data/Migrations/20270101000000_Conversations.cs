using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Shop.Ingress.Data.Migrations;

[DbContext(typeof(IngressDbContext))]
[Migration("20270101000000_Conversations")]
public sealed class Conversations : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.EnsureSchema(IngressDbContext.Schema);
        migrationBuilder.CreateTable(
            name: "conversations",
            schema: IngressDbContext.Schema,
            columns: table => new
            {
                user_id = table.Column<long>(type: "bigint", nullable: false),
                endpoint = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                subject = table.Column<long>(type: "bigint", nullable: true),
                claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_conversations", x => x.user_id));
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "conversations", schema: IngressDbContext.Schema);
}
