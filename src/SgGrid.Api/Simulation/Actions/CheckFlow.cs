using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Simulation.Binding;
using SgGrid.Api.Simulation.Responses;
using SgGrid.Domain.Evaluation;

namespace SgGrid.Api.Simulation.Actions;

/// <summary>
/// CheckFlow (SgGrid 2026-11-28): can this end reach that one with this protocol and port, and which rule (or implicit
/// reason) decided each side? The sender's egress and the receiver's ingress are evaluated on their ENIs' filters
/// (decision D13); an address no ENI holds is external and not evaluated.
/// </summary>
public sealed class CheckFlow : IRpcAction
{
    public string Name => nameof(CheckFlow);

    public string Version => ApiVersions.Simulation;

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var sourceText = reader.Required("Source", 64);
        var destinationText = reader.Required("Destination", 64);
        var (protocol, sourcePort, destinationPort) = FlowParameters.Read(reader);
        if (reader.Error is { } error)
        {
            return error;
        }

        if (!FlowEndName.TryParse(sourceText, out var sourceName))
        {
            return ApiErrors.Malformed("Source", "Name an ENI id, an instance id or an IP address.");
        }

        if (!FlowEndName.TryParse(destinationText, out var destinationName))
        {
            return ApiErrors.Malformed("Destination", "Name an ENI id, an instance id or an IP address.");
        }

        var (source, destination, resolveError) = await new FlowEndResolver(region!).ResolveAsync(sourceName, destinationName);
        if (resolveError is not null)
        {
            return resolveError;
        }

        var flow = Flow.Create(source!.Address, destination!.Address, protocol, sourcePort, destinationPort);
        var check = await region!.Evaluator.CheckAsync(region.Owner, source.NetworkInterfaceId, destination.NetworkInterfaceId, flow);
        if (!check.Succeeded)
        {
            return RpcResult.Fail(check.Errors);
        }

        var result = check.Value!;
        return RpcResult.Ok(new FlowVerdict(
            result.Allowed,
            new FlowDescription(source.Name, source.Address.ToString(), destination.Name, destination.Address.ToString(), FlowDescription.ProtocolName(protocol), sourcePort, destinationPort),
            result.Source is { } s ? FlowSide.From(source.NetworkInterfaceId!, s) : FlowSide.External,
            result.Destination is { } d ? FlowSide.From(destination.NetworkInterfaceId!, d) : FlowSide.External));
    }
}
