using System.Globalization;
using System.Text.Json;
using SgGrid.Api.Ecs.Actions;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Domain.Snapshots.Documents;

namespace SgGrid.Api.Regions.Exporting;

/// <summary>
/// Writes a region snapshot bundle: every page of the region's Describe* answers, produced by the very actions that answer
/// those calls (so the bundle holds byte for byte what the calls answer, RequestId aside), written as they come.
/// </summary>
/// <remarks>The pages are read one after another while the region may change: a snapshot of a region in use is not atomic.</remarks>
public sealed class RegionExporter(RpcContext call, IGrainFactory grains, string regionId)
{
    private const int VpcPageSize = 50;
    private const int GroupPageSize = 100;
    private const int RulePageSize = 1000;
    private const int NetworkInterfacePageSize = 500;
    private const int InstancePageSize = 100;
    private const int PrefixListPageSize = 100;

    public async Task WriteAsync(StreamedAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var writer = answer.Json;
        writer.WriteString("SnapshotFormat", RegionSnapshot.FormatName);
        writer.WriteString("RegionId", regionId);

        await PagesAsync(answer, new DescribeVpcs(), VpcPageSize, cancellationToken);
        await PagesAsync(answer, new DescribeVSwitches(), VpcPageSize, cancellationToken);

        var prefixLists = new List<string>();
        await TokenPagesAsync(answer, new DescribePrefixLists(), PrefixListPageSize, [], body =>
        {
            var page = (DescribePrefixLists.Response)body;
            prefixLists.AddRange(page.PrefixLists.PrefixList.Select(p => p.PrefixListId));
            return page.NextToken;
        }, cancellationToken);
        writer.WriteStartArray(nameof(DescribePrefixListAttributes));
        foreach (var id in prefixLists)
        {
            await WriteAnswerAsync(answer, new DescribePrefixListAttributes(), [new("PrefixListId", id)], cancellationToken);
        }

        writer.WriteEndArray();

        var groups = new List<string>();
        await TokenPagesAsync(answer, new DescribeSecurityGroups(), GroupPageSize, [], body =>
        {
            var page = (DescribeSecurityGroups.Response)body;
            groups.AddRange(page.SecurityGroups.SecurityGroup.Select(g => g.SecurityGroupId));
            return page.NextToken;
        }, cancellationToken);
        writer.WriteStartArray(nameof(DescribeSecurityGroupAttribute));
        foreach (var id in groups)
        {
            string? token = null;
            do
            {
                List<KeyValuePair<string, string>> parameters = [new("SecurityGroupId", id), new("Direction", "all"), new("MaxResults", RulePageSize.ToString(CultureInfo.InvariantCulture))];
                if (token is not null)
                {
                    parameters.Add(new("NextToken", token));
                }

                token = ((DescribeSecurityGroupAttribute.Response)await WriteAnswerAsync(answer, new DescribeSecurityGroupAttribute(), parameters, cancellationToken)).NextToken;
            }
            while (!string.IsNullOrEmpty(token));
        }

        writer.WriteEndArray();
        await TokenPagesAsync(answer, new DescribeNetworkInterfaces(), NetworkInterfacePageSize, [], body => ((DescribeNetworkInterfaces.TokenResponse)body).NextToken, cancellationToken);
        await TokenPagesAsync(answer, new DescribeInstances(), InstancePageSize, [], body => ((DescribeInstances.TokenResponse)body).NextToken, cancellationToken);
    }

    /// <summary>Every page of a page-style action (PageNumber/PageSize), as an array named after the action.</summary>
    private async Task PagesAsync(StreamedAnswer answer, IRpcAction action, int pageSize, CancellationToken cancellationToken)
    {
        var writer = answer.Json;
        writer.WriteStartArray(action.Name);
        for (var page = 1; ; page++)
        {
            var body = await WriteAnswerAsync(answer, action, [new("PageNumber", page.ToString(CultureInfo.InvariantCulture)), new("PageSize", pageSize.ToString(CultureInfo.InvariantCulture))], cancellationToken);
            var total = body switch
            {
                DescribeVpcs.Response vpcs => vpcs.TotalCount,
                DescribeVSwitches.Response vSwitches => vSwitches.TotalCount,
                _ => 0,
            };
            if (page * pageSize >= total)
            {
                break;
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Every page of a token-style action (MaxResults/NextToken), as an array named after the action.</summary>
    private async Task TokenPagesAsync(
        StreamedAnswer answer, IRpcAction action, int maxResults, IReadOnlyList<KeyValuePair<string, string>> parameters, Func<object, string?> nextToken, CancellationToken cancellationToken)
    {
        var writer = answer.Json;
        writer.WriteStartArray(action.Name);
        string? token = null;
        do
        {
            List<KeyValuePair<string, string>> page = [.. parameters, new("MaxResults", maxResults.ToString(CultureInfo.InvariantCulture))];
            if (token is not null)
            {
                page.Add(new("NextToken", token));
            }

            token = nextToken(await WriteAnswerAsync(answer, action, page, cancellationToken));
        }
        while (!string.IsNullOrEmpty(token));
        writer.WriteEndArray();
    }

    /// <summary>Runs <paramref name="action"/> for the caller in the region and writes its answer; a refusal is a bug here (the calls are well formed).</summary>
    private async Task<object> WriteAnswerAsync(StreamedAnswer answer, IRpcAction action, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken cancellationToken)
    {
        var writer = answer.Json;
        var context = new RpcContext(call.RequestId, new RpcParameters([new("RegionId", regionId), .. parameters]), call.Tenant, grains, call.Regions, call.Options, call.Scenario, cancellationToken);
        var result = await action.ExecuteAsync(context);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{action.Name} refused the export's call: {result.Error}");
        }

        var body = result.Body ?? new object();
        JsonSerializer.Serialize(writer, body, body.GetType(), RpcResponseWriter.JsonOptions);
        if (writer.BytesPending > 64 * 1024)
        {
            await answer.FlushAsync(cancellationToken);
        }

        return body;
    }
}
