using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SgGrid.Api.Ecs.Pipeline;

namespace SgGrid.Api.Hosting;

/// <summary>Maps the RPC endpoint on <c>/</c> for every HTTP method (those other than GET and POST get an ECS error).</summary>
public static class SgGridApiEndpointRouteBuilderExtensions
{
    public static IEndpointConventionBuilder MapSgGridApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetRequiredService<RpcEndpoint>();
        return endpoints.Map("/", (RequestDelegate)endpoint.HandleAsync);
    }
}
