using System.Diagnostics;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;

namespace SgGrid.LoadTests.Scenarios;

/// <summary>
/// Fan-out convergence: one advanced group with M members across the silos; each rule change is timed from the Authorize
/// call to the moment every member serves the new version (the group's convergence wait, then a check of a sample
/// of members' applied versions). Also times a referenced group's membership change reaching the referrer's members.
/// </summary>
internal sealed class FanOutScenario(IGrainFactory grains, TextWriter output)
{
    public async Task<FanOutResult> RunAsync(int members, int changes)
    {
        var region = new LoadRegion(grains);
        await region.CreateNetworkAsync(members + 10);
        // An advanced group: a basic one holds at most 6,000 private addresses (D5), an advanced one 65,536 ENIs.
        var group = await region.CreateGroupAsync(Domain.SecurityGroups.SecurityGroupType.Enterprise, LoadRegion.Tcp(22));
        var populate = Stopwatch.StartNew();
        var enis = await region.CreateNetworkInterfacesAsync(members, _ => [group], parallelism: 64, MutationOptions.NoWait);
        var grain = grains.GetGrain<ISecurityGroupGrain>(group);
        await grain.WaitForConvergenceAsync((await grain.GetInfoAsync())!.Version);
        populate.Stop();
        output.WriteLine($"  {members:N0} members created and converged in {populate.Elapsed.TotalSeconds:F1} s");

        var ruleChange = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var result = await grain.AuthorizeAsync(region.Owner, Domain.Rules.Direction.Ingress, [LoadRegion.Tcp(10_000 + i)], MutationOptions.Default);
            LoadRegion.Require(result.Errors);
            ruleChange.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await VerifyAsync(enis, group, result.Version);
        }

        // A referenced group's membership change: db references web; a new web member must reach every db member.
        var web = await region.CreateGroupAsync();
        var db = await region.CreateGroupAsync();
        LoadRegion.Require((await grains.GetGrain<ISecurityGroupGrain>(db).AuthorizeAsync(region.Owner, Domain.Rules.Direction.Ingress,
            [new() { IpProtocol = "TCP", PortRange = "3306/3306", SourceGroupId = web }], MutationOptions.Default)).Errors);
        var dbMembers = await region.CreateNetworkInterfacesAsync(Math.Min(members, 1000), _ => [db], parallelism: 64, MutationOptions.NoWait);
        var dbGrain = grains.GetGrain<ISecurityGroupGrain>(db);
        await dbGrain.WaitForConvergenceAsync((await dbGrain.GetInfoAsync())!.Version);
        var membership = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await region.CreateNetworkInterfacesAsync(1, _ => [web], parallelism: 1, MutationOptions.Default);
            membership.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await VerifyAsync(dbMembers, db, (await dbGrain.GetInfoAsync())!.Version);
        }

        return new FanOutResult(members, Summary.Of(ruleChange), Summary.Of(membership), populate.Elapsed.TotalSeconds);
    }

    /// <summary>Every sampled member serves <paramref name="version"/> or newer once the change call has returned.</summary>
    private async Task VerifyAsync(string[] enis, string group, long version)
    {
        var sample = enis.Length <= 200 ? enis : Enumerable.Range(0, 200).Select(_ => enis[Random.Shared.Next(enis.Length)]).ToArray();
        foreach (var eni in sample)
        {
            var applied = await grains.GetGrain<INetworkInterfaceGrain>(eni).GetAppliedVersionsAsync();
            if (!applied.TryGetValue(group, out var served) || served < version)
            {
                throw new InvalidOperationException($"{eni} serves {served} of {group} after the change to {version} returned.");
            }
        }
    }
}
