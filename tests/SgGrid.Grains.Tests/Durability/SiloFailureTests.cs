using Orleans.TestingHost;
using SgGrid.Domain.Rules;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Hosting;
using SgGrid.Grains.Tests.Support;
using static SgGrid.Grains.Tests.Support.Permissions;

namespace SgGrid.Grains.Tests.Durability;

/// <summary>A silo killed in the middle of a fan-out: with durable storage no rule or membership is lost, and the survivors converge.</summary>
[Collection(SharedAzurite.Name)]
public class SiloFailureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task SiloKilledDuringFanOut_RegionConvergesOnTheSurvivorWithNothingLost()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.Options.ServiceId = $"sggrid-failure-{Guid.NewGuid():N}";
        builder.ConfigureSilo((options, silo) => silo.UseSgGridGrains(StorageKind.AzureTable, azurite.ConnectionString));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var region = new TestRegion(cluster.Client);
            var web = await region.CreateGroupAsync();
            var db = await region.CreateGroupAsync();
            await region.AuthorizeAsync(db, Direction.Ingress, InFromGroup("TCP", "3306/3306", web));
            var enis = new List<string>();
            for (var i = 0; i < 12; i++)
            {
                enis.Add(await region.CreateEniAsync(i % 3 == 0 ? db : web));
            }

            // A change whose fan-out is under way when the secondary silo dies.
            var inFlight = region.Group(web).AuthorizeAsync(region.Owner, Direction.Ingress, [In("TCP", "8080/8080", "0.0.0.0/0")], MutationOptions.NoWait);
            await cluster.KillSiloAsync(cluster.Silos[1]);
            var acknowledged = false;
            try
            {
                acknowledged = (await inFlight).Succeeded;
            }
            catch (Exception exception) when (exception is TimeoutException or SiloUnavailableException or OrleansException)
            {
                // The group itself lived on the killed silo: the call fails, as a real client would see it.
            }

            await cluster.WaitForLivenessToStabilizeAsync();
            var rulesAfterFailure = (await region.Group(web).GetRulesAsync()).Select(r => r.Rule.DestinationPorts.From).ToArray();
            if (acknowledged)
            {
                Assert.Contains((ushort)8080, rulesAfterFailure); // acknowledged means durable
            }
            else
            {
                await region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "8080/8080", "0.0.0.0/0")); // the client retries; Authorize is idempotent
            }

            // A change made after the failure must reach every member, now all on the survivor.
            await region.AuthorizeAsync(web, Direction.Ingress, In("TCP", "9090/9090", "0.0.0.0/0"));

            var ports = (await region.Group(web).GetRulesAsync()).Select(r => r.Rule.DestinationPorts.From).Order().ToArray();
            Assert.Equal(new ushort[] { 8080, 9090 }, ports);
            var members = (await region.Group(web).GetMembersAsync()).Concat(await region.Group(db).GetMembersAsync()).Order(StringComparer.Ordinal);
            Assert.Equal(enis.Order(StringComparer.Ordinal), members);
            await region.AssertMatchesReferenceAsync();
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }
}
