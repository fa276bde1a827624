using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Messaging;
using Shop.Messaging.Outbox;

namespace Shop.Catalog.Data.Migrations;

/// <summary>
/// From the simple inbox (a consumer recorded what it applied and published again on a redelivery) to the transactional
/// inbox/outbox, where what a consumer publishes commits with its changes. Handled messages are not carried over: a copy of
/// one still in flight is applied with the same idempotent rules as before (row locks, versions, ids derived from it).
/// </summary>
[DbContext(typeof(CatalogDbContext))]
[Migration("20261230000000_TransactionalOutbox")]
public sealed class TransactionalOutbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "inbox", schema: CatalogDbContext.Schema);
        migrationBuilder.CreateTransactionalOutbox(CatalogDbContext.Schema);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "outbox_message", schema: CatalogDbContext.Schema);
        migrationBuilder.DropTable(name: "inbox_state", schema: CatalogDbContext.Schema);
        migrationBuilder.CreateInbox(CatalogDbContext.Schema);
    }
}
